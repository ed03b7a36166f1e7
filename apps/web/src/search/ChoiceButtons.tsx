/**
 * One choice out of a few, shown as a row of buttons (Ant Design's button-style radios look):
 * native radio inputs, so arrow keys move between them and each is named by its text. Radio
 * brings part of Ant Design's form library along; the search page's first load does without.
 */
export function ChoiceButtons<T extends string>({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="choice-buttons">
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'choice-button choice-button-checked' : 'choice-button'}>
          <input
            type="radio"
            className="choice-input"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
