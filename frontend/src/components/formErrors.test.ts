import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { summaryItems, useFormErrors } from './formErrors';

describe('useFormErrors', () => {
  it('starts without errors', () => {
    const { result } = renderHook(() => useFormErrors());
    expect(result.current.fieldErrors).toEqual({});
    expect(result.current.general).toEqual([]);
    expect(result.current.revision).toBe(0);
  });

  it('shows errors and bumps the revision every time, even for the same errors', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.showErrors({ name: 'Skriv navnet.' }, ['Noget gik galt.']));
    expect(result.current.fieldErrors).toEqual({ name: 'Skriv navnet.' });
    expect(result.current.general).toEqual(['Noget gik galt.']);
    expect(result.current.revision).toBe(1);

    act(() => result.current.showErrors({ name: 'Skriv navnet.' }, []));
    expect(result.current.general).toEqual([]);
    expect(result.current.revision).toBe(2);
  });

  it('clears all errors without bumping the revision', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.showErrors({ name: 'Skriv navnet.' }, ['Noget gik galt.']));
    act(() => result.current.clearErrors());
    expect(result.current.fieldErrors).toEqual({});
    expect(result.current.general).toEqual([]);
    expect(result.current.revision).toBe(1);
  });

  it('clears one field error and keeps the rest', () => {
    const { result } = renderHook(() => useFormErrors());
    act(() => result.current.showErrors({ citizen_id: 'Vælg borgeren.', channel: 'Vælg kanal.' }, ['Fejl.']));
    act(() => result.current.clearFieldError('citizen_id'));
    expect(result.current.fieldErrors).toEqual({ channel: 'Vælg kanal.' });
    expect(result.current.general).toEqual(['Fejl.']);
    expect(result.current.revision).toBe(1);
  });

  it('keeps its functions between renders', () => {
    const { result, rerender } = renderHook(() => useFormErrors());
    const { showErrors, clearErrors, clearFieldError } = result.current;
    act(() => showErrors({ name: 'x' }, []));
    rerender();
    expect(result.current.showErrors).toBe(showErrors);
    expect(result.current.clearErrors).toBe(clearErrors);
    expect(result.current.clearFieldError).toBe(clearFieldError);
  });
});

describe('summaryItems', () => {
  it('lists field errors in form order, linked to their controls, then the general messages', () => {
    const items = summaryItems({ b: 'B fejl', a: 'A fejl' }, ['Generel'], ['a', 'b', 'c'], (f) => `id-${f}`);
    expect(items).toEqual([
      { targetId: 'id-a', message: 'A fejl' },
      { targetId: 'id-b', message: 'B fejl' },
      { message: 'Generel' },
    ]);
  });
});
