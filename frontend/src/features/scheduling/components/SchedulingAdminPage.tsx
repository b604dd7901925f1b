import { useState } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { SelectField } from '../../../components/Field';
import { useTherapists } from '../../cases/api/getTherapists';
import { AbsenceSection } from './AbsenceForm';
import { ExceptionsInForce } from './ExceptionsInForce';
import { InvitationClashes } from './InvitationClashes';
import { RoomsSection } from './RoomsSection';
import { WorkingHoursForm } from './WorkingHoursForm';
import './scheduling.css';

/** Planlægning (team leader): a member of staff's working hours and absences, the invitations to rebook, the sites' rooms, and the frequency exceptions in force. */
export function SchedulingAdminPage() {
  const therapists = useTherapists();
  const [staffId, setStaffId] = useState('');
  const staff = therapists.data?.find((t) => t.id === staffId);
  return (
    <div>
      <PageTitle>Planlægning</PageTitle>
      <section className="panel" aria-labelledby="staff-time">
        <h2 id="staff-time" className="panel__title">
          Arbejdstid og fravær
        </h2>
        <SelectField
          id="staff-choice"
          name="staff"
          label="Medarbejder"
          placeholder="Vælg …"
          options={(therapists.data ?? []).map((t) => ({ value: t.id, label: t.display_name }))}
          value={staffId}
          onChange={setStaffId}
        />
        {staff ? (
          <>
            <WorkingHoursForm key={`hours-${staff.id}`} staffId={staff.id} staffName={staff.display_name} />
            <AbsenceSection key={`absence-${staff.id}`} staffId={staff.id} staffName={staff.display_name} />
          </>
        ) : null}
      </section>
      <InvitationClashes />
      <RoomsSection />
      <ExceptionsInForce />
    </div>
  );
}
