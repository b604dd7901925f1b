import { useState } from 'react';
import { describeError } from '../../../api/problem';
import { ErrorMessage, Loading } from '../../../components/QueryState';
import { feedAddress, useFeedStatus, useIssueFeed, useRevokeFeed } from '../api/feed';

type Message = { text: string; error: boolean } | null;

/**
 * Min kalender i Outlook eller på telefonen: the caller's private iCalendar address. It is shown
 * once, when made (the server keeps only a digest of its secret); a new one stops the old, and
 * a stopped address answers 404.
 */
export function CalendarFeedSection() {
  const status = useFeedStatus();
  const issue = useIssueFeed();
  const revoke = useRevokeFeed();
  const [address, setAddress] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'renew' | 'revoke' | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const fail = (error: unknown) => setMessage({ text: describeError(error), error: true });

  const make = () =>
    issue.mutate(undefined, {
      onSuccess: (feed) => {
        setConfirming(null);
        setAddress(feedAddress(feed.url, window.location.origin));
        setMessage({ text: 'Din nye kalenderadresse er lavet. Kopiér den nu: den vises kun denne ene gang.', error: false });
      },
      onError: fail,
    });
  const stop = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setConfirming(null);
        setAddress(null);
        setMessage({ text: 'Kalenderadressen er stoppet. Kalenderprogrammer kan ikke længere hente den.', error: false });
      },
      onError: fail,
    });
  const copy = async () => {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setMessage({ text: 'Adressen er kopieret.', error: false });
    } catch {
      setMessage({ text: 'Adressen kunne ikke kopieres automatisk. Markér den i feltet, og kopiér den selv.', error: true });
    }
  };

  const active = status.data?.active ?? false;
  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title" className="panel__title">
        Min kalender i Outlook eller på telefonen
      </h2>
      <p>
        Abonnér på dine tider med en privat adresse (iCalendar). Kalenderen viser tid, træningscenter og lokale eller
        “Hjemmebesøg”, men aldrig borgernes navne. Del ikke adressen: alle, der har den, kan se dine tider.
      </p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice--error' : 'notice'}>
          {message.text}
        </p>
      ) : null}
      {status.isPending ? (
        <Loading />
      ) : status.isError ? (
        <ErrorMessage error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <>
          <p>{active ? 'Du har en kalenderadresse i brug.' : 'Du har ingen kalenderadresse i brug.'}</p>
          {address ? (
            <div className="calendar-feed__address">
              <label htmlFor="calendar-feed-url" className="field__label">
                Din kalenderadresse
              </label>
              <input
                id="calendar-feed-url"
                className="field__input"
                type="text"
                readOnly
                value={address}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="button button--secondary" onClick={() => void copy()}>
                Kopiér adressen
              </button>
            </div>
          ) : null}
          {confirming === 'renew' ? (
            <div className="notice notice--warning" role="group" aria-label="Lav ny adresse">
              <p>Den adresse, du bruger nu, holder op med at virke. Du skal abonnere igen med den nye.</p>
              <button type="button" className="button" onClick={make} disabled={issue.isPending}>
                Lav ny adresse
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                Fortryd
              </button>
            </div>
          ) : confirming === 'revoke' ? (
            <div className="notice notice--warning" role="group" aria-label="Stop adressen">
              <p>Kalenderprogrammer, der abonnerer på adressen, får ikke flere tider.</p>
              <button type="button" className="button" onClick={stop} disabled={revoke.isPending}>
                Stop adressen
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                Fortryd
              </button>
            </div>
          ) : (
            <div className="form__actions">
              <button
                type="button"
                className="button"
                onClick={() => (active ? setConfirming('renew') : make())}
                disabled={issue.isPending}
              >
                {active ? 'Lav en ny adresse' : 'Lav kalenderadresse'}
              </button>
              {active ? (
                <button type="button" className="button button--secondary" onClick={() => setConfirming('revoke')}>
                  Stop adressen
                </button>
              ) : null}
            </div>
          )}
        </>
      )}
    </section>
  );
}
