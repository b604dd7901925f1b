import { describe, expect, it } from 'vitest';
import { hoursRows, rowField, toWorkingHours } from './workingHoursForm';

describe('the working-hours editor', () => {
  it('reads the recorded week into rows and sends the filled rows back', () => {
    const rows = hoursRows({ staff_id: 's', hours: [{ weekday: 1, starts: '08:00', ends: '15:30' }] });
    expect(rows).toEqual([{ weekday: '1', starts: '08:00', ends: '15:30' }]);
    expect(toWorkingHours([...rows, { weekday: '2', starts: '', ends: '' }])).toEqual({
      hours: [{ weekday: 1, starts: '08:00', ends: '15:30' }],
    });
  });

  it('finds the row and field the server names', () => {
    expect(rowField('body.hours.2.ends')).toEqual({ index: 2, name: 'ends' });
    expect(rowField('hours.0.weekday')).toEqual({ index: 0, name: 'weekday' });
    expect(rowField('last_day')).toBeNull();
  });
});
