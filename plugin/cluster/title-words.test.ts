import { describe, expect, it } from 'vitest';
import { titleWords } from './title-words.ts';

describe('titleWords', () => {
  it('drops case, punctuation, curly quotes, possessives and stop words', () => {
    expect(titleWords('Pence’s “Surprise” Visit To The Fair!')).toEqual(['fair', 'penc', 'surpris', 'visit']);
  });

  it('makes inflections of one word meet', () => {
    expect(titleWords('Pence drops fundraiser')).toEqual(titleWords('Pence dropped fundraisers'));
    expect(titleWords('spending')).toEqual(titleWords('spend'));
  });

  it('reads amounts and dates the way other outlets write them', () => {
    expect(titleWords('Bloomberg pledges $100M')).toEqual(titleWords('Bloomberg pledges $100 million'));
    expect(titleWords('At the 9/11 memorial')).toEqual(['911', 'memorial']);
  });

  it('leaves out an outlet’s name after a bar, and offices that say nothing of the event', () => {
    expect(titleWords('VP Mike Pence visits Ohio | Charlotte Observer')).toEqual(['mike', 'ohio', 'penc', 'visit']);
  });

  it('keeps different words apart', () => {
    expect(titleWords('fires')).not.toEqual(titleWords('wildfires'));
  });
});
