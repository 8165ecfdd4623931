"""Public entry points: one letter, or a batch (one PDF, or one file per patient).

Files are written to a temporary name beside the target and renamed when complete, so a
crash or a cancelled batch never leaves half a PDF where the user expects a letter. Both
functions return the composed letters: the caller records their text in the audit trail (this
package knows nothing of the store).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm

from ..core.document import PatientDocument
from ..core.report import AssessmentReport, ReportLike, typed_report
from .chart import CHART_SIZE_IN, render_chart
from .compose import compose_letter
from .content import Letter
from .formatting import strip_markup
from .layout import WindowSpec, letter_flowables
from .options import LetterOptions
from .pdf import FIRST_FRAME_TOP, MARGIN_X, Cancelled, LetterMark, PageSpec, PdfLetter, build_pdf
from .settings import ClinicLetterhead
from .templates import TemplateSet, load_templates

__all__ = ["BatchResult", "LetterJob", "WrittenLetter", "batch_filename", "render_batch", "render_letter"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class LetterJob:
    """One letter of a batch: the patient, their assessment and the clinician's options."""

    doc: PatientDocument
    report: ReportLike
    options: LetterOptions


@dataclass(frozen=True)
class WrittenLetter:
    index: int
    patient_id: str
    path: Path
    letter: Letter


@dataclass
class BatchResult:
    written: list[WrittenLetter] = field(default_factory=list)
    #: (patient id, reason) of letters that could not be made; the rest of the batch went on.
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def paths(self) -> list[Path]:
        return list(dict.fromkeys(w.path for w in self.written))

    @property
    def missing(self) -> dict[str, tuple[str, ...]]:
        """Patient id -> what their written letter lacks for posting (recipient address, …)."""
        return {w.patient_id: w.letter.warnings for w in self.written if w.letter.warnings}


def _templates(options: LetterOptions, letterhead: ClinicLetterhead) -> TemplateSet:
    return load_templates(options.language or letterhead.language)


def _contact_lines(letterhead: ClinicLetterhead, templates: TemplateSet) -> list[str]:
    lines = list(letterhead.address_lines)
    if letterhead.phone:
        lines.append(strip_markup(templates.text("labels", "phone", phone=letterhead.phone)))
    if letterhead.email:
        lines.append(letterhead.email)
    return lines


def window_spec(letterhead: ClinicLetterhead) -> WindowSpec | None:
    """The letterhead's envelope window relative to the first page's text frame."""
    window = letterhead.window
    if window is None:
        return None
    return WindowSpec(offset=max(0.0, window.top_mm * mm - FIRST_FRAME_TOP),
                      left=max(0.0, window.left_mm * mm - MARGIN_X),
                      width=window.width_mm * mm, height=window.height_mm * mm,
                      return_height=window.return_line_mm * mm)


def _prepare(index: int, job: LetterJob, letterhead: ClinicLetterhead,
             chart: Callable[[PatientDocument, AssessmentReport], Any] | None = None) -> tuple[Letter, PdfLetter]:
    doc, report = job.doc, typed_report(job.report)
    letter = compose_letter(doc, report, job.options, letterhead)
    spec = PageSpec(job.options.page_size or letterhead.page_size, letter.large_print)
    draw = chart or render_chart
    flow = letter_flowables(letter, spec.frame_width(), chart=lambda: draw(doc, report),
                            chart_aspect=CHART_SIZE_IN[1] / CHART_SIZE_IN[0], window=window_spec(letterhead))
    mark = LetterMark(index, strip_markup(letter.title), letter.patient_label, strip_markup(letter.footer),
                      letter.large_print, letter.banner)
    return letter, PdfLetter(spec, mark, flow)


@contextmanager
def _atomic(path: Path) -> Iterator[str]:
    """A temporary file name in the target's folder, renamed onto ``path`` on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def render_letter(doc: PatientDocument, report: ReportLike, options: LetterOptions,
                  letterhead: ClinicLetterhead | None, out: Path | str | IO[bytes]) -> Letter:
    """Write one letter as PDF to ``out`` (a path, or a binary stream) and return its content
    (``letterhead=None``: the defaults). The returned :class:`Letter` is what the audit keeps."""
    letterhead = letterhead or ClinicLetterhead()
    templates = _templates(options, letterhead)
    letter, pdf_letter = _prepare(0, LetterJob(doc, report, options), letterhead)
    kwargs = {"page_of": str(templates.raw("labels", "page_of")),
              "contact_lines": _contact_lines(letterhead, templates),
              "title": f"{pdf_letter.mark.title} — {doc.name.given} {doc.name.family}",
              "subject": pdf_letter.mark.patient_label}
    if isinstance(out, str | Path):
        with _atomic(Path(out)) as tmp:
            build_pdf(tmp, [pdf_letter], letterhead, **kwargs)
    else:
        build_pdf(out, [pdf_letter], letterhead, **kwargs)
    return letter


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def batch_filename(job: LetterJob) -> str:
    """``P0001-referral-2026-11-21.pdf`` (ids are filename-safe by contract; sanitised anyway)."""
    patient = _UNSAFE.sub("_", job.doc.id).lstrip(".") or "patient"
    return f"{patient}-{job.options.kind}-{job.options.as_of.isoformat()}.pdf"


def render_batch(items: Sequence[LetterJob], out: Path | str, *, one_file: bool,
                 letterhead: ClinicLetterhead | None = None, progress: Progress | None = None,
                 cancelled: IsCancelled | None = None) -> BatchResult:
    """Letters for many patients: ``out`` is the PDF (``one_file``) or a folder (one per patient).

    ``progress(done, total)`` is called as letters complete; ``cancelled()`` is polled before
    each letter. A cancelled one-file batch writes nothing; a cancelled folder batch keeps the
    letters already finished (they are listed in the result). A letter that fails is reported in
    ``failed`` and the batch goes on.
    """
    letterhead = letterhead or ClinicLetterhead()
    result = BatchResult()
    total = len(items)
    report_progress = progress or (lambda done, total: None)
    is_cancelled = cancelled or (lambda: False)
    if one_file:
        _batch_one_file(items, Path(out), letterhead, result, report_progress, is_cancelled)
    else:
        _batch_folder(items, Path(out), letterhead, result, report_progress, is_cancelled)
    if not result.cancelled:
        report_progress(total, total)
    return result


def _batch_folder(items: Sequence[LetterJob], folder: Path, letterhead: ClinicLetterhead, result: BatchResult,
                  progress: Progress, cancelled: IsCancelled) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    total = len(items)
    for index, job in enumerate(items):
        if cancelled():
            result.cancelled = True
            return
        path = folder / batch_filename(job)
        try:
            letter = render_letter(job.doc, job.report, job.options, letterhead, path)
        except Exception as error:  # one bad record must not stop 499 good letters
            log.exception("letter for %s failed", job.doc.id)
            result.failed.append((job.doc.id, f"{type(error).__name__}: {error}"))
        else:
            result.written.append(WrittenLetter(index, job.doc.id, path, letter))
        progress(index + 1, total)


def _batch_one_file(items: Sequence[LetterJob], path: Path, letterhead: ClinicLetterhead, result: BatchResult,
                    progress: Progress, cancelled: IsCancelled) -> None:
    total = len(items)
    prepared: list[tuple[int, LetterJob, Letter, PdfLetter]] = []
    for index, job in enumerate(items):
        try:
            letter, pdf_letter = _prepare(index, job, letterhead)
        except Exception as error:
            log.exception("letter for %s failed", job.doc.id)
            result.failed.append((job.doc.id, f"{type(error).__name__}: {error}"))
            continue
        prepared.append((index, job, letter, pdf_letter))
    if not prepared:
        return
    position = {pdf_letter.mark.index: n for n, (_, _, _, pdf_letter) in enumerate(prepared)}

    def on_start(index: int) -> None:
        if cancelled():
            raise Cancelled("batch cancelled")
        progress(position[index], total)

    templates = _templates(prepared[0][1].options, letterhead)
    try:
        with _atomic(path) as tmp:
            build_pdf(tmp, [p for *_, p in prepared], letterhead, page_of=str(templates.raw("labels", "page_of")),
                      contact_lines=_contact_lines(letterhead, templates), on_start=on_start,
                      title=f"{len(prepared)} letters", subject=letterhead.clinic_name)
    except Cancelled:
        result.cancelled = True
        return
    result.written.extend(WrittenLetter(index, job.doc.id, path, letter) for index, job, letter, _ in prepared)
