import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import {
  type Catalogue,
  en,
  type MessageKey,
  translate,
  type Vars,
} from '../../domain/messages.ts';

/** Looks up a message in the journey's catalogue, with representative wording when it applies. */
export type Translate = (key: MessageKey, vars?: Vars) => string;

export type CatalogueValue = { catalogue: Catalogue; representative: boolean; t: Translate };

/** Builds the lookup for one catalogue. Other languages and Easy Read are catalogues with the same keys. */
export function catalogueValue(catalogue: Catalogue, representative: boolean): CatalogueValue {
  return {
    catalogue,
    representative,
    // translate() writes numbers in the language's own digits (decision 0080).
    t: (key, vars) => translate(catalogue, key, vars, representative),
  };
}

/** The catalogue flows through context so a language switch re-renders every word (decision 0003). */
export const CatalogueContext = createContext<CatalogueValue>(catalogueValue(en, false));

export const useT = (): Translate => useContext(CatalogueContext).t;
