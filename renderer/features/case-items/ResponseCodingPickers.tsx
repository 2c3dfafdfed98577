import { CodingPicker } from '../coding/CodingPicker.tsx';

/** An item form with a crisis response's codes: ids, '' for none. */
interface CodedForm {
  readonly values: { readonly strategy: string; readonly benoit: string };
  readonly change: (changes: { strategy: string } | { benoit: string }, options: { immediate: boolean }) => void;
}

/**
 * The two coding pickers of a crisis response, its SCCT strategy and its Benoit image-repair strategy,
 * bound to the item's form: a choice is saved at once.
 */
export function ResponseCodingPickers({ form }: { readonly form: CodedForm }) {
  const { strategy, benoit } = form.values;
  return (
    <>
      <CodingPicker
        scheme="scct"
        value={strategy === '' ? null : strategy}
        onChange={(id) => form.change({ strategy: id ?? '' }, { immediate: true })}
      />
      <CodingPicker
        scheme="benoit"
        value={benoit === '' ? null : benoit}
        onChange={(id) => form.change({ benoit: id ?? '' }, { immediate: true })}
      />
    </>
  );
}
