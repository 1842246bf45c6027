import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type LanguageCode, type LanguageInfo, languageInfo } from '../../../domain/languages.ts';

/** The language the journey is shown in, the languages the site offers, and how to switch. */
export type LanguageValue = {
  current: LanguageInfo;
  offered: readonly LanguageInfo[];
  /** Loads the language's catalogue and re-renders every word in it; answers are kept. */
  choose: (code: LanguageCode) => void;
};

export const LanguageContext = createContext<LanguageValue>({
  current: languageInfo('en'),
  offered: [languageInfo('en'), languageInfo('en-easy')],
  choose: () => {},
});

export const useLanguage = (): LanguageValue => useContext(LanguageContext);
