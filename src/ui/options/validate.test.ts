import { describe, expect, it } from 'vitest';
import { postcodeProblem, rppsProblem } from './validate';

describe('options: the fields the doctor types', () => {
  it('accepts an RPPS number of 11 digits (spaces allowed), or none, and says what is wrong otherwise', () => {
    expect(rppsProblem('10001234567')).toBeUndefined();
    expect(rppsProblem('100 012 345 67')).toBeUndefined();
    expect(rppsProblem('')).toBeUndefined();
    expect(rppsProblem(undefined)).toBeUndefined();
    expect(rppsProblem('1000123456')).toBe('timRppsInvalid');
    expect(rppsProblem('1000123456A')).toBe('timRppsInvalid');
  });

  it('accepts a 5-digit postcode, overseas included, or none', () => {
    expect(postcodeProblem('75011')).toBeUndefined();
    expect(postcodeProblem('97400')).toBeUndefined();
    expect(postcodeProblem('')).toBeUndefined();
    expect(postcodeProblem('7501')).toBe('timPostcodeInvalid');
    expect(postcodeProblem('2A004')).toBe('timPostcodeInvalid');
  });
});
