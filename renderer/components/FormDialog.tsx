// A dialog that is one form: Abbrechen and the confirming button at the bottom submit or leave it,
// Enter in a field submits it too. The app checks the fields itself (noValidate) and says in
// German what is missing, next to the field, instead of the browser's bubbles.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { DialogButtons } from './DialogButtons';

interface FormDialogProps {
  title: string;
  onClose(): void;
  confirmLabel: string;
  /** Called with the form when it is submitted (the page does not reload). */
  onSubmit(form: HTMLFormElement): void | Promise<void>;
  children: ReactNode;
  /** While true the confirming button is off (a call is under way). */
  busy?: boolean;
  wide?: boolean;
  className?: string;
  formClassName?: string;
  /** The form's id, for a dialog that names its error messages after it. */
  formId?: string;
}

export function FormDialog({
  title,
  onClose,
  confirmLabel,
  onSubmit,
  children,
  busy,
  wide,
  className,
  formClassName = 'form',
  formId,
}: FormDialogProps) {
  const ownId = useId();
  const id = formId ?? ownId;
  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide={wide}
      className={className}
      actions={
        <DialogButtons onCancel={onClose} confirmLabel={confirmLabel} form={id} disabled={busy} />
      }
    >
      <form
        id={id}
        className={formClassName}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit(event.currentTarget);
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
