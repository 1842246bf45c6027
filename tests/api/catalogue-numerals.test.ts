import { describe, expect, it } from 'vitest';
import { localiseVars } from '../../widget/journey/i18n/format-vars.ts';

describe('numbers in messages', () => {
  it('writes Arabic numbers in Arabic-Indic digits, as the Arabic catalogue does', () => {
    expect(localiseVars({ count: 3 }, 'ar')).toEqual({ count: '٣' });
  });

  it('writes Bengali numbers in Bengali digits', () => {
    expect(localiseVars({ max: 10000 }, 'bn')).toEqual({ max: '১০০০০' });
  });

  it('writes Urdu, Polish and English numbers in Latin digits', () => {
    expect(localiseVars({ count: 3 }, 'ur')).toEqual({ count: '3' });
    expect(localiseVars({ count: 3 }, 'pl')).toEqual({ count: '3' });
    expect(localiseVars({ max: 2000 }, 'en')).toEqual({ max: '2000' });
  });

  it('leaves text values such as phone numbers exactly as they are', () => {
    expect(localiseVars({ phone: '020 7946 0000' }, 'ar')).toEqual({ phone: '020 7946 0000' });
  });
});
