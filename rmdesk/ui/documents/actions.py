"""The Documents menu: agreements, the end-of-cycle report, document settings.

Generation runs on a worker thread behind a progress dialog that can be cancelled
(``run_in_background``); the finished PDF opens in the in-app preview.  The work reads
the store and renders, but touches no widget; the file goes to a private temp folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from rmdesk.store.errors import StoreError
from rmdesk.ui.common.background import Cancelled, Progress, run_in_background
from rmdesk.ui.common.wording import counted, spoken_error


class Generated(NamedTuple):
    pdf: bytes
    title: str
    file_name: str
    note: str = ""  # shown above the preview: e.g. that it was printed without the logo


class DocumentActions(QObject):
    """Owns the four actions; ``pair_id``/``cycle_id`` say what they apply to right now."""

    def __init__(
        self,
        window: QWidget,
        pair_id: Callable[[], int | None],
        cycle_id: Callable[[], int | None],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pair_id, self._cycle_id, self._status = pair_id, cycle_id, show_status
        self.worker: Any = None
        self._cancelled_text = ""
        self.preview: Any = None
        self.guides_dialog: Any = None
        self.agreement_action = QAction(self.tr("&Agreement for this pair"), self)
        self.agreement_action.setStatusTip(self.tr("Print the selected pair's agreement"))
        self.agreement_action.triggered.connect(self.agreement_for_selected_pair)
        self.agreements_action = QAction(self.tr("Agreements for all a&ctive pairs"), self)
        self.agreements_action.setStatusTip(
            self.tr("One PDF with the agreement of every active pair of the cycle")
        )
        self.agreements_action.triggered.connect(self.agreements_for_cycle)
        self.agreement_files_action = QAction(
            self.tr("Agreements for all active pairs, &one file each…"), self
        )
        self.agreement_files_action.setStatusTip(
            self.tr("A PDF per active pair, written into a folder you choose")
        )
        self.agreement_files_action.triggered.connect(self.agreement_files_for_cycle)
        self.report_action = QAction(self.tr("&End-of-cycle report"), self)
        self.report_action.setStatusTip(self.tr("The cycle's outcomes, for leadership"))
        self.report_action.triggered.connect(self.report_for_cycle)
        self.forms_action = QAction(self.tr("&Forms…"), self)
        self.forms_action.setStatusTip(
            self.tr("Self-assessment and fit forms to hand out, a sign-up sheet, or their "
                    "questions for an online form")
        )  # fmt: skip
        self.forms_action.triggered.connect(self.print_forms)
        self.pack_action = QAction(self.tr("Session &pack for this pair"), self)
        self.pack_action.setStatusTip(
            self.tr("The selected pair's orientation sheets, their topics' guides and goals")
        )
        self.pack_action.triggered.connect(self.pack_for_selected_pair)
        self.guides_action = QAction(self.tr("&Guides…"), self)
        self.guides_action.setStatusTip(
            self.tr("Edit and print the conversation guides and orientation sheets")
        )
        self.guides_action.triggered.connect(self.edit_guides)
        self.shortlists_action = QAction(self.tr("Mentor s&hortlists for consent"), self)
        self.shortlists_action.setStatusTip(
            self.tr("One page per mentee still looking: their best mentors and why, to choose")
        )
        self.shortlists_action.triggered.connect(self.shortlists_for_cycle)
        self.settings_action = QAction(self.tr("Document &settings…"), self)
        self.settings_action.setStatusTip(
            self.tr("Organisation, logo, coordinator, paper size, agreement clauses")
        )
        self.settings_action.triggered.connect(self.edit_settings)

    def update_enabled(self) -> None:
        """Called before the menu shows: only what can be made is offered."""
        self.agreement_action.setEnabled(self._pair_id() is not None)
        self.pack_action.setEnabled(self._pair_id() is not None)
        has_cycle = self._cycle_id() is not None
        self.agreements_action.setEnabled(has_cycle)
        self.agreement_files_action.setEnabled(has_cycle)
        self.report_action.setEnabled(has_cycle)
        self.shortlists_action.setEnabled(has_cycle)

    # -- actions ---------------------------------------------------------------
    @Slot()
    def agreement_for_selected_pair(self) -> None:
        pair_id = self._pair_id()
        if pair_id is None:
            self._status(self.tr("Select a pair in the Pairs tab first."))
            return
        today = dt.date.today()
        title_text = self.tr("Pairing agreement: {0} and {1}")  # on the UI thread

        def work(progress: Progress) -> Generated:
            from rmdesk.documents.agreement import render_agreements
            from rmdesk.documents.agreement_data import agreement_for_pair
            from rmdesk.documents.output import agreement_file_name
            from rmdesk.documents.settings import load_settings

            progress(0, 1)
            data = agreement_for_pair(pair_id)
            document_settings = load_settings()
            pdf = render_agreements([data], document_settings, today, progress)
            name = agreement_file_name(data)
            title = title_text.format(data.mentor.name, data.mentee.name)
            return Generated(pdf, title, name, document_settings.logo_note())

        self._generate(self.tr("Preparing the agreement…"), work)

    @Slot()
    def agreements_for_cycle(self) -> None:
        cycle_id = self._cycle_id()
        if cycle_id is None:
            self._status(self.tr("Choose a cycle first."))
            return
        today = dt.date.today()
        one, many = (  # on the UI thread
            self.tr("Pairing agreements: {1} ({0} active pair)"),
            self.tr("Pairing agreements: {1} ({0} active pairs)"),
        )

        def work(progress: Progress) -> Generated:
            from rmdesk.documents.agreement import render_agreements
            from rmdesk.documents.agreement_data import agreements_for_cycle
            from rmdesk.documents.output import slug
            from rmdesk.documents.settings import load_settings

            progress(0, 1)
            agreements = agreements_for_cycle(cycle_id)
            document_settings = load_settings()
            pdf = render_agreements(agreements, document_settings, today, progress)
            cycle = agreements[0].cycle_name
            name = f"agreements-{slug(cycle) or cycle_id}.pdf"
            title = counted(len(agreements), one, many, cycle)
            return Generated(pdf, title, name, document_settings.logo_note())

        self._generate(self.tr("Preparing the agreements…"), work)

    @Slot()
    def shortlists_for_cycle(self) -> None:
        """Each mentee still looking gets a page with their best mentors, to choose from."""
        cycle_id = self._cycle_id()
        if cycle_id is None:
            self._status(self.tr("Choose a cycle first."))
            return
        today = dt.date.today()
        one, many = (  # on the UI thread
            self.tr("Mentor shortlists: {1} ({0} mentee)"),
            self.tr("Mentor shortlists: {1} ({0} mentees)"),
        )

        def work(progress: Progress) -> Generated:
            from rmdesk.documents.output import slug
            from rmdesk.documents.settings import load_settings
            from rmdesk.documents.shortlist import render_shortlists
            from rmdesk.programme.cycles import get_cycle
            from rmdesk.programme.matching.shortlist import shortlists_to_print

            progress(0, 1)
            cycle = get_cycle(cycle_id)
            found = shortlists_to_print(cycle_id, cycle.name)
            document_settings = load_settings()
            pdf = render_shortlists(found, cycle.name, document_settings, today, progress)
            name = f"shortlists-{slug(cycle.name) or cycle_id}.pdf"
            title = counted(len(found), one, many, cycle.name)
            return Generated(pdf, title, name, document_settings.logo_note())

        self._generate(self.tr("Preparing the shortlists…"), work)

    @Slot()
    def agreement_files_for_cycle(self) -> None:
        """One file per pair, for handing each pair its own copy (written atomically, 0600)."""
        cycle_id = self._cycle_id()
        if cycle_id is None:
            self._status(self.tr("Choose a cycle first."))
            return
        from rmdesk.ui.common import settings

        start = settings.load(settings.LAST_FOLDER) or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self._window, self.tr("Folder for the agreements"), start
        )
        if not chosen:
            return
        folder = Path(chosen)
        settings.save(settings.LAST_FOLDER, str(folder))
        today = dt.date.today()

        def work(progress: Progress) -> tuple[int, Path, str]:
            from rmdesk.documents.agreement import render_agreements
            from rmdesk.documents.agreement_data import agreements_for_cycle
            from rmdesk.documents.output import agreement_file_name
            from rmdesk.documents.settings import load_settings
            from rmdesk.store.files import write_bytes

            progress(0, 1)
            agreements = agreements_for_cycle(cycle_id)
            document_settings = load_settings()
            for done, data in enumerate(agreements):
                progress(done, len(agreements))
                pdf = render_agreements([data], document_settings, today)
                write_bytes(folder / agreement_file_name(data), pdf)
            return len(agreements), folder, document_settings.logo_note()

        def written(result: tuple[int, Path, str]) -> None:
            count, where, note = result
            self._status(
                counted(
                    count,
                    self.tr("Wrote {0} agreement to {1}."),
                    self.tr("Wrote {0} agreements to {1}."),
                    str(where),
                )
            )
            if note:
                QMessageBox.information(self._window, self.tr("Agreements written"), note)

        cancelled = self.tr("Cancelled; the files already written are complete, no others.")
        self._generate(self.tr("Writing the agreements…"), work, written, cancelled)

    @Slot()
    def report_for_cycle(self) -> None:
        cycle_id = self._cycle_id()
        if cycle_id is None:
            self._status(self.tr("Choose a cycle first."))
            return
        chosen = self._ask_report_kind()
        if chosen is None:
            return
        anonymised, appendix = chosen
        today = dt.date.today()
        if anonymised:  # on the UI thread
            title_text = self.tr("End-of-cycle report (anonymised): {0}")
        else:
            title_text = self.tr("End-of-cycle report: {0}")

        def work(progress: Progress) -> Generated:
            from rmdesk.documents.output import slug
            from rmdesk.documents.report import render_report
            from rmdesk.documents.report_data import report_data
            from rmdesk.documents.settings import load_settings

            progress(0, 1)
            data = report_data(cycle_id, anonymised=anonymised, appendix=appendix)
            document_settings = load_settings()
            pdf = render_report(data, document_settings, today, progress)
            cycle = data.outcomes.cycle_name
            suffix = "-anonymised" if anonymised else ""
            name = f"report-{slug(cycle) or cycle_id}{suffix}.pdf"
            return Generated(pdf, title_text.format(cycle), name, document_settings.logo_note())

        self._generate(self.tr("Preparing the end-of-cycle report…"), work)

    @Slot()
    def print_forms(self) -> None:
        """Documents > Forms…: ask which form and where, then make it off the UI thread."""
        from rmdesk.ui.documents.forms_dialog import FormsDialog

        dialog = FormsDialog(self._window, self._cycle_id())
        if not dialog.exec():
            return
        request = dialog.request()
        today = dt.date.today()

        def work(progress: Progress) -> tuple[int, str]:
            from rmdesk.documents.forms import form_pdf
            from rmdesk.documents.settings import load_settings
            from rmdesk.exchange.form_questions import questions_for, write_questions
            from rmdesk.store.files import write_bytes

            progress(0, 1)
            document_settings = load_settings()  # the forms' language with the rest
            language = document_settings.language
            if request.questions_only:
                questions = questions_for(request.kind, language, request.phase)
                return write_questions(request.path, questions, language), ""
            pdf, pages = form_pdf(request.kind, request.cycle_id, request.phase,
                                  document_settings, today, progress)  # fmt: skip
            write_bytes(request.path, pdf)
            return pages, document_settings.logo_note()

        def written(result: tuple[int, str]) -> None:
            count, note = result
            where = str(request.path)
            if request.questions_only:
                one, many = (
                    self.tr("Wrote {0} question to {1}."),
                    self.tr("Wrote {0} questions to {1}."),
                )
                self._status(counted(count, one, many, where))
            elif request.kind == "signup":
                self._status(self.tr("Wrote the sign-up sheet to {0}.").format(where))
            else:
                one, many = self.tr("Wrote {0} form to {1}."), self.tr("Wrote {0} forms to {1}.")
                self._status(counted(count, one, many, where))
            if note:
                QMessageBox.information(self._window, self.tr("Forms written"), note)

        self._generate(self.tr("Preparing the forms…"), work, written)

    def _ask_report_kind(self) -> tuple[bool, bool] | None:
        """(anonymised, with the per-pair appendix), or None when cancelled."""
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("End-of-cycle report"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("Print the report with names, or anonymised for wider circulation?"))
        box.setInformativeText(
            self.tr(
                "Anonymised prints the figures only: no appendix, no names and no free "
                "text. Any figure about fewer than 3 people reads “fewer than 3”, and "
                "figures that would give it back from a total read “withheld”."
            )
        )
        named = box.addButton(self.tr("With &names"), QMessageBox.ButtonRole.AcceptRole)
        anonymous = box.addButton(self.tr("&Anonymised"), QMessageBox.ButtonRole.AcceptRole)
        named.setObjectName("with_names")
        anonymous.setObjectName("anonymised")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(named)
        appendix = QCheckBox(self.tr("Add the a&ppendix with a section per pair (with names only)"))
        appendix.setObjectName("appendix")
        appendix.setChecked(True)
        box.setCheckBox(appendix)
        box.exec()
        clicked = box.clickedButton()
        if clicked is named:
            return False, appendix.isChecked()
        if clicked is anonymous:
            return True, False
        return None

    @Slot()
    def pack_for_selected_pair(self) -> None:
        pair_id = self._pair_id()
        if pair_id is None:
            self._status(self.tr("Select a pair in the Pairs tab first."))
            return
        today = dt.date.today()
        title_text = self.tr("Session pack: {0} and {1}")  # on the UI thread

        def work(progress: Progress) -> Generated:
            from rmdesk.documents.guides import render_pack
            from rmdesk.documents.output import slug
            from rmdesk.documents.pack_data import pack_for_pair
            from rmdesk.documents.settings import load_settings

            progress(0, 1)
            document_settings = load_settings()
            pack = pack_for_pair(pair_id, document_settings.language)
            pdf = render_pack(pack, document_settings, today, progress)
            names = slug(f"{pack.mentor_name} {pack.mentee_name}") or str(pair_id)
            title = title_text.format(pack.mentor_name, pack.mentee_name)
            return Generated(pdf, title, f"pack-{names}.pdf", document_settings.logo_note())

        self._generate(self.tr("Preparing the session pack…"), work)

    @Slot()
    def edit_guides(self) -> None:
        from rmdesk.documents.settings import load_settings
        from rmdesk.ui.documents.guides_dialog import GuidesDialog

        language = load_settings().language  # the documents' language first
        self.guides_dialog = GuidesDialog(self._window, self.preview_guide, language)
        self.guides_dialog.open()

    def preview_guide(self, guide_id: int) -> None:
        """One guide as saved, in the preview (from the Guides dialog)."""
        today = dt.date.today()

        def work(progress: Progress) -> Generated:
            from rmdesk.documents.guides import render_guides
            from rmdesk.documents.output import slug
            from rmdesk.documents.settings import load_settings
            from rmdesk.programme.guides import guide

            progress(0, 1)
            chosen = guide(guide_id)
            # Framed in the guide's own language: the one chosen in the Guides dialog.
            document_settings = load_settings()._replace(language=chosen.language)
            pdf = render_guides([chosen], document_settings, today, progress)
            name = f"guide-{slug(chosen.topic or chosen.role) or guide_id}.pdf"
            return Generated(pdf, chosen.title, name, document_settings.logo_note())

        self._generate(self.tr("Preparing the guide…"), work)

    @Slot()
    def edit_settings(self) -> None:
        from rmdesk.ui.documents.settings_dialog import DocumentSettingsDialog

        dialog = DocumentSettingsDialog(self._window)
        if dialog.exec():
            self._status(self.tr("Document settings saved."))

    # -- background work -------------------------------------------------------
    def _generate(
        self,
        label: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None] | None = None,
        cancelled_text: str = "",
    ) -> None:
        self._cancelled_text = cancelled_text or self.tr("Cancelled; no document was made.")
        self.worker = run_in_background(self._window, label, work, done or self._show, self._failed)

    def _show(self, result: Generated) -> None:
        from rmdesk.ui.documents.preview import PdfPreviewDialog, write_temporary

        try:
            path = write_temporary(result.pdf, result.file_name)
        except (OSError, StoreError) as error:
            QMessageBox.warning(self._window, self.tr("No document"), spoken_error(error))
            return
        self.preview = PdfPreviewDialog(
            self._window, path, result.title, result.file_name, note=result.note
        )
        self.preview.saved.connect(lambda path: self._status(self.tr("Saved {0}.").format(path)))
        self.preview.printed.connect(lambda said: said and self._status(said))
        self.preview.open()

    def _failed(self, error: BaseException) -> None:
        from rmdesk.exchange.csv_format import ExchangeError
        from rmdesk.programme.validation import RuleError

        if isinstance(error, Cancelled):
            self._status(self._cancelled_text)
        elif isinstance(error, RuleError | OSError | StoreError | ExchangeError):
            QMessageBox.warning(self._window, self.tr("No document"), spoken_error(error))
        else:
            QMessageBox.critical(
                self._window,
                self.tr("No document"),
                self.tr("The document could not be made: {0}").format(repr(error)),
            )
