/**
 * Screen actions that touch the store: starting a fill for an assignment or a new subject, and the small
 * per-draft notes the screens keep beside a draft (confirmed prefill values, the server's field errors of a
 * re-opened quarantined item) in the store's meta table.
 */
import type { Collector, DraftRow, FieldError } from '../index.js';
import { initialValues, todayInChina, type FormVersionDto } from '../form/index.js';
import type { AssignmentRow } from '../data/types.js';

/** A new draft for an assignment with the current form version and its fresh prefill; `supersedes` answers a return. */
export async function startFill(collector: Collector, assignment: AssignmentRow, supersedes: string | null): Promise<DraftRow> {
  const form = await collector.downloaded.form(assignment.subjectType);
  const values = initialValues(form.definition as FormVersionDto, assignment.values, todayInChina());
  return collector.drafts.create({
    subjectType: assignment.subjectType, formVersion: form.version, subjectId: assignment.subjectId,
    grid: assignment.grid, title: assignment.title, values: values as DraftRow['values'], supersedes,
  });
}

/** A new draft registering a new subject (subjectId null) in a grid. */
export async function startNew(collector: Collector, subjectType: string, grid: string, title: string): Promise<DraftRow> {
  const form = await collector.downloaded.form(subjectType);
  return collector.drafts.create({ subjectType, formVersion: form.version, subjectId: null, grid, title });
}

export interface DraftNotes {
  confirmed: string[];
  serverErrors: FieldError[];
}

const notesKey = (draftId: string) => `draft-notes:${draftId}`;

export async function draftNotes(collector: Collector, draftId: string): Promise<DraftNotes> {
  const notes = await collector.db.getMeta<DraftNotes>(notesKey(draftId));
  return { confirmed: notes?.confirmed ?? [], serverErrors: notes?.serverErrors ?? [] };
}

export async function saveDraftNotes(collector: Collector, draftId: string, notes: DraftNotes): Promise<void> {
  await collector.db.setMeta(notesKey(draftId), notes);
}

export async function forgetDraftNotes(collector: Collector, draftId: string): Promise<void> {
  await collector.db.meta.delete(notesKey(draftId));
}
