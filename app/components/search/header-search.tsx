// The header search box as an ARIA 1.2 combobox: suggestions appear as you type (debounced,
// earlier requests aborted), arrow keys move the active option, Enter opens it, and Enter
// without an active option submits the surrounding GET form. Without JavaScript it is a plain
// search input in that form, so /search still works.
import { useLocation, useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
// The Zod-free constants: search.schema.ts would bring Zod (13 KB gzipped) to every page.
import { SUGGEST_MIN_CHARS } from "~/modules/search/search.params";
import type { HighlightSegment, SearchDocumentType } from "~/modules/search/search.types";
import { Highlighted } from "./highlight";

export interface Suggestion {
  title: string;
  subtitle: string;
  type: SearchDocumentType;
  url: string;
  highlight: HighlightSegment[];
}

const DEBOUNCE_MS = 150;

export function HeaderSearch({ id, name = "q", defaultValue, placeholder }: { id: string; name?: string; defaultValue: string; placeholder: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listboxId = `${id}-listbox`;
  const helpId = `${id}-help`;
  const optionPrefix = `${id}-option`;
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const location = useLocation();

  // A new page (e.g. /search?q=other) brings its own query into the box.
  useEffect(() => {
    setValue(defaultValue);
  }, [defaultValue]);

  // Leaving the page (form submitted, option chosen, any link) drops a suggestion still on its
  // way, so it cannot reopen the list over the next page.
  useEffect(() => {
    cancelPending();
    close();
  }, [location.key]);

  useEffect(() => cancelPending, []);

  function cancelPending() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    controller.current?.abort();
    controller.current = null;
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function requestSuggestions(text: string) {
    cancelPending();
    if (text.trim().length < SUGGEST_MIN_CHARS) {
      setSuggestions([]);
      close();
      return;
    }
    timer.current = setTimeout(async () => {
      const request = new AbortController();
      controller.current = request;
      try {
        const response = await fetch(`/api/search-suggest?q=${encodeURIComponent(text)}`, {
          signal: request.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions: Suggestion[] };
        if (request.signal.aborted) return;
        setSuggestions(body.suggestions);
        setActive(-1);
        setOpen(body.suggestions.length > 0);
      } catch {
        // Aborted or offline: the form still submits to /search.
      }
    }, DEBOUNCE_MS);
  }

  function choose(suggestion: Suggestion) {
    close();
    navigate(suggestion.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((i) => (open ? (i + 1) % count : 0));
        break;
      case "ArrowUp":
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((i) => (open ? (i <= 0 ? count - 1 : i - 1) : count - 1));
        break;
      case "Enter": {
        const chosen = open && active >= 0 ? suggestions[active] : undefined;
        cancelPending();
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        } else {
          close(); // the form submits to /search
        }
        break;
      }
      case "Escape":
        cancelPending();
        if (open) {
          event.preventDefault();
          close();
        }
        break;
    }
  }

  const expanded = open && suggestions.length > 0;
  return (
    <div className="relative min-w-0 flex-1">
      <input
        id={id}
        name={name}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${optionPrefix}-${active}` : undefined}
        aria-describedby={helpId}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          requestSuggestions(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onFocus={() => {
          if (suggestions.length && value.trim().length >= SUGGEST_MIN_CHARS) setOpen(true);
        }}
        placeholder={placeholder}
        className="input w-full min-w-0 border-white"
        autoComplete="off"
        spellCheck={false}
      />
      <p id={helpId} className="sr-only">
        {t("searchUi.header.instructions")}
      </p>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("searchUi.header.suggestions")}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-30 mt-1 max-h-96 overflow-y-auto rounded-md border border-stone-300 bg-white py-1 text-stone-900 shadow-lg"
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.url}-${index}`}
            id={`${optionPrefix}-${index}`}
            role="option"
            aria-selected={index === active}
            // Keep focus in the input so the click is not lost to blur.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
            onMouseMove={() => setActive(index)}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50 outline-2 outline-brand-700" : ""}`}
          >
            <span className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span className="font-semibold">
                <Highlighted segments={suggestion.highlight} fallback={suggestion.title} />
              </span>
              <span className="text-xs font-semibold uppercase tracking-wide text-stone-700">{t(`searchUi.types.${suggestion.type}`)}</span>
            </span>
            {suggestion.subtitle ? <span className="block text-sm text-stone-700">{suggestion.subtitle}</span> : null}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded ? t("searchUi.header.count", { count: suggestions.length }) : ""}
      </p>
    </div>
  );
}
