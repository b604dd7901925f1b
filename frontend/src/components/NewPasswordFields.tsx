import { PASSWORD_HINT } from '../lib/password';
import { TextField } from './Field';

/** One of the two password inputs: what differs between the forms that set a new password. */
export interface NewPasswordInput {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * A new password and its repetition, as on every form that sets a password: the password rules as
 * the first field's hint, `autoComplete="new-password"` so password managers offer a new one.
 */
export function NewPasswordFields({ password, repeat }: { password: NewPasswordInput; repeat: NewPasswordInput }) {
  return (
    <>
      <TextField {...password} type="password" hint={PASSWORD_HINT} autoComplete="new-password" width="medium" />
      <TextField {...repeat} type="password" autoComplete="new-password" width="medium" />
    </>
  );
}
