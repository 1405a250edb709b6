// The per-request CSP nonce, made by server.ts and handed to every inline script.
import { createContext, useContext } from "react";

export const NonceContext = createContext<string>("");
export const useNonce = () => useContext(NonceContext);
