// CPR numbers: the form checks only the shape. The server decides validity (a real date);
// modulus 11 is never required, since numbers without it have been issued since 2007.

const CPR_RE = /^(\d{6})-?(\d{4})$/;

/** Trims, removes inner spaces, and writes 10 digits as DDMMYY-SSSS. */
export function normaliseCpr(input: string): string {
  const compact = input.replace(/\s+/g, '');
  const m = CPR_RE.exec(compact);
  return m ? `${m[1]}-${m[2]}` : compact;
}

/** A Danish message if the shape is wrong, else null. */
export function cprShapeError(input: string): string | null {
  const compact = input.replace(/\s+/g, '');
  if (compact === '') return 'Skriv borgerens CPR-nummer.';
  if (!CPR_RE.test(compact)) return 'CPR-nummeret skal have formen DDMMÅÅ-SSSS (10 cifre).';
  return null;
}
