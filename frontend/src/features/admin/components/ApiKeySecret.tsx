import { useEffect, useRef, useState } from 'react';
import type { ApiKeyCreated } from '../../../api/types';

async function copyText(input: HTMLInputElement, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without the Clipboard API (or its permission), the selected text can still be copied.
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * A new key's secret, shown this once: the server keeps only its hash. It takes focus when it
 * appears so that a screen reader reads the warning first.
 */
export function ApiKeySecret({ created, onDone }: { created: ApiKeyCreated; onDone: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  useEffect(() => {
    box.current?.focus();
  }, [created.id]);

  const copy = async () => {
    if (!input.current) return;
    setCopied((await copyText(input.current, created.secret)) ? 'yes' : 'no');
  };

  return (
    <div className="secret" ref={box} tabIndex={-1} aria-labelledby="secret-title">
      <h3 id="secret-title" className="secret__title">
        API-nøglen “{created.name}” er oprettet
      </h3>
      <p className="secret__warning">
        <strong>Kopiér nøglen nu. Den bliver ikke vist igen</strong> – heller ikke for en administrator.
        Gem den i det andet systems hemmelighedslager, og send den aldrig med e-mail eller chat. Mister
        I den, så tilbagekald den og opret en ny.
      </p>
      <label htmlFor="api-key-secret" className="field__label">
        Hemmelig nøgle
      </label>
      <div className="secret__row">
        <input
          id="api-key-secret"
          ref={input}
          className="input secret__value"
          readOnly
          value={created.secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Kopiér nøglen
        </button>
      </div>
      <p role="status" className="secret__status">
        {copied === 'yes' ? 'Nøglen er kopieret til udklipsholderen.' : null}
        {copied === 'no' ? 'Nøglen kunne ikke kopieres. Markér den i feltet, og kopiér den selv.' : null}
      </p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Jeg har gemt nøglen – skjul den
      </button>
    </div>
  );
}
