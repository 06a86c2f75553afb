import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState, type FormEvent } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { I18nProvider } from '@kindling/web/util';
import { Field, NotFoundState, TextInput, useFocusFirstError } from './components';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

describe('a page whose id names nothing', () => {
  it('says so in the reader’s language, offers the feed and a search, never a retry', () => {
    render(
      <I18nProvider locale="nl">
        <MemoryRouter initialEntries={['/ideas/doesnotexist']}>
          <Routes>
            <Route path="/ideas/:id" element={<NotFoundState kind="idea" />} />
            <Route path="/" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dit idee bestaat niet of is verwijderd');
    expect(screen.getByRole('link', { name: 'Naar de feed' }).getAttribute('href')).toBe('/');
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Ideeën zoeken' }), { target: { value: ' winterjas ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByTestId('where').textContent).toBe('/?q=winterjas');
  });
});

function TwoFields() {
  const [form, focusFirstError] = useFocusFirstError();
  const [errors, setErrors] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors(true);
    focusFirstError();
  };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Field id="a" label="First">
        <TextInput id="a" />
      </Field>
      <Field id="b" label="Second" error={errors ? 'Needed' : null}>
        <TextInput id="b" />
      </Field>
      <button type="submit">Send</button>
    </form>
  );
}

describe('a refused submit', () => {
  it('moves focus to the first field that shows an error', () => {
    render(
      <I18nProvider locale="en">
        <TwoFields />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Second'));
  });
});
