"use client";

import { useEffect, useRef } from "react";

/**
 * The phone's filters: a modal <dialog>, which traps focus, makes the page behind inert and
 * closes on Escape natively.
 */
export function FilterDrawer({
  open,
  onClose,
  title,
  children,
}: {
  open: boolean;
  onClose(): void;
  title: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      className="m-0 ml-auto h-full max-h-none w-[min(24rem,92vw)] bg-[var(--panel)] p-4 text-[var(--fg)] shadow-2xl backdrop:bg-black/40"
    >
      <div className="mb-4 flex items-center justify-between">
        <h2 className="text-lg font-semibold">{title}</h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-[var(--border)] px-3 py-1.5 text-sm"
        >
          Done
        </button>
      </div>
      {children}
    </dialog>
  );
}
