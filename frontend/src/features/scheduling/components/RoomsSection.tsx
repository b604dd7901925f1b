import { useState, type FormEvent } from 'react';
import { ApiError, problemToFormErrors } from '../../../api/problem';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { summaryItems, useFormErrors } from '../../../components/formErrors';
import { useSites } from '../../sites/api/getSites';
import { useAddRoom, useRooms } from '../api/rooms';

const FIELDS = ['name', 'capacity'] as const;
const idFor = (field: string) => `room-${field}`;

/** Lokaler: the rooms of each site and how many sessions each holds at once. */
export function RoomsSection() {
  const sites = useSites();
  const [siteId, setSiteId] = useState('');
  return (
    <section className="panel" aria-labelledby="rooms">
      <h2 id="rooms" className="panel__title">
        Lokaler
      </h2>
      <SelectField
        id="rooms-site"
        name="site"
        label="Træningscenter"
        placeholder="Vælg …"
        options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={siteId}
        onChange={setSiteId}
      />
      {siteId ? <Rooms key={siteId} siteId={siteId} /> : null}
    </section>
  );
}

function Rooms({ siteId }: { siteId: string }) {
  const rooms = useRooms(siteId);
  const add = useAddRoom(siteId);
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('1');
  const { fieldErrors, general, revision, showErrors, clearErrors } = useFormErrors();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(capacity);
    if (!name.trim()) return showErrors({ name: 'Skriv lokalets navn.' }, []);
    if (!Number.isInteger(n)) return showErrors({ capacity: 'Skriv et helt tal.' }, []);
    clearErrors();
    add.mutate(
      { name: name.trim(), capacity: n },
      {
        onSuccess: () => {
          setName('');
          setCapacity('1');
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const mapped = problemToFormErrors(error.problem, FIELDS);
            showErrors(mapped.fields, mapped.general);
          } else showErrors({}, ['Der er ingen forbindelse til serveren. Prøv igen om lidt.']);
        },
      },
    );
  };
  return (
    <>
      {rooms.data && rooms.data.length > 0 ? (
        <ul>
          {rooms.data.map((r) => (
            <li key={r.id}>
              {r.name}: plads til {r.capacity} {r.capacity === 1 ? 'session' : 'sessioner'} ad gangen
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">Centret har ingen lokaler registreret.</p>
      )}
      <form className="subform" noValidate onSubmit={submit} aria-labelledby="room-form-title">
        <h3 id="room-form-title" className="subform__legend">
          Nyt lokale
        </h3>
        <ErrorSummary id="room-errors" items={summaryItems(fieldErrors, general, FIELDS, idFor)} revision={revision} />
        <div className="inline-fields">
          <TextField id={idFor('name')} name="name" label="Navn" value={name} onChange={setName} error={fieldErrors.name} />
          <TextField
            id={idFor('capacity')}
            name="capacity"
            label="Pladser"
            hint="Sessioner på én gang"
            inputMode="numeric"
            width="short"
            value={capacity}
            onChange={setCapacity}
            error={fieldErrors.capacity}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? 'Gemmer …' : 'Tilføj lokale'}
          </button>
        </div>
      </form>
    </>
  );
}
