// The server's rule for a new password, checked in the browser too so the user learns it at once.
// The server also refuses common passwords, which only it can tell.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 64;

export const PASSWORD_HINT = `Mindst ${PASSWORD_MIN} og højst ${PASSWORD_MAX} tegn. Brug gerne en sætning, du kan huske. Almindelige adgangskoder afvises.`;

/** A message if the password breaks the length rule, otherwise null. */
export function newPasswordError(password: string): string | null {
  const length = [...password].length;
  if (length === 0) return 'Skriv en ny adgangskode.';
  if (length < PASSWORD_MIN) return `Adgangskoden skal være mindst ${PASSWORD_MIN} tegn.`;
  if (length > PASSWORD_MAX) return `Adgangskoden må højst være ${PASSWORD_MAX} tegn.`;
  return null;
}
