import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Search } from 'lucide-react';

export interface ComboboxProps<T> {
  label: string;
  placeholder?: string;
  value: string;
  onValueChange: (value: string) => void;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onSelect: (item: T) => void;
  loading?: boolean;
  emptyText?: string;
  hideLabel?: boolean;
  id?: string;
  /** A form's error about this input: marks it invalid and points to the message. */
  invalid?: boolean;
  describedBy?: string;
}

/** A search box with a listbox of results (WAI-ARIA combobox): arrows move, Enter picks, Escape closes. */
export function Combobox<T>({ label, placeholder, value, onValueChange, items, itemKey, renderItem, onSelect, loading, emptyText, hideLabel, id, invalid, describedBy }: ComboboxProps<T>) {
  const auto = useId().replace(/:/g, '');
  const inputId = id ?? `combo-${auto}`;
  const listId = `${inputId}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const showList = open && value.trim().length > 0;
  const pick = (item: T) => {
    onSelect(item);
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(items.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (showList && items[active]) {
        e.preventDefault();
        pick(items[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  return (
    <div className="k-field">
      <label htmlFor={inputId} className={hideLabel ? 'k-sr-only' : 'k-field__label'}>
        {label}
      </label>
      <div className="k-combo">
        <span className="k-input-icon">
          <Search size={16} aria-hidden />
          <input
            id={inputId}
            className="k-input"
            role="combobox"
            aria-expanded={showList}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            aria-activedescendant={showList && items[active] ? `${listId}-${active}` : undefined}
            autoComplete="off"
            placeholder={placeholder}
            value={value}
            onChange={(e) => {
              onValueChange(e.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={onKeyDown}
          />
        </span>
        {showList && (
          <ul className="k-combo__list" role="listbox" id={listId} aria-label={label}>
            {items.map((item, i) => (
              <li
                key={itemKey(item)}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(item)}
              >
                {renderItem(item)}
              </li>
            ))}
            {items.length === 0 && (
              <li className="k-combo__empty" role="option" aria-selected={false} aria-disabled>
                {loading ? '…' : emptyText}
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
