"""The app speaks the language chosen (settings key ``language``), through Qt's translators.

English is forced in every other GUI test (tests/gui/helpers.py), so their words do not depend
on this machine's language; here Spanish is installed, checked on real widgets, and English
put back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from medsender_desktop.api import explain, validation
from medsender_desktop.errors import Unauthorized, ValidationError
from medsender_desktop.services.patient_check import DocumentPatient, mismatch
from medsender_desktop.services.settings import SettingsStore
from medsender_desktop.ui.dialogs.factory import DialogFactory
from medsender_desktop.ui.dialogs.new_fax_dialog import NewFaxDialog
from medsender_desktop.ui.i18n import (
    LANGUAGE_NAMES,
    SYSTEM,
    apply_language,
    available_languages,
    language_setting,
    save_language_setting,
    translate_message,
)
from tests.gui.helpers import Backend, open_desktop, until


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[QApplication]:
    assert apply_language(qapp, "es") == "es"
    yield qapp
    apply_language(qapp, "en")


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_an_error_message_box_reads_in_spanish(spanish: QApplication) -> None:
    dialogs = DialogFactory()
    dialogs.error(None, Unauthorized().message)
    (box,) = shown_boxes()
    try:
        assert box.text() == ("Medsender no aceptó la clave de API o el secreto de cliente. "
                              "Revíselos en este perfil (Editar perfil…).")
        assert box.button(QMessageBox.StandardButton.Ok).text() == "Aceptar"  # Qt's own catalog
    finally:
        box.close()


def test_messages_made_with_values_are_translated_with_their_values(spanish: QApplication) -> None:
    with pytest.raises(ValidationError) as missing:
        validation.normalize_phone("", field="to_number")
    assert translate_message(missing.value.message) == (
        "Falta: El número de fax del destinatario. Escriba un número como (212) 555-0100.")
    busy = explain.explain_error({"code": "busy", "attempts": 5})
    assert busy is not None
    assert translate_message(busy) == (
        "La línea de fax del destinatario estaba ocupada. Medsender lo intentó 5 veces. Confirme "
        "el número con el destinatario y vuelva a enviarlo, o use un enlace de correo seguro.")
    # a warning made of clauses with values (services/patient_check.py), clause by clause
    warning = mismatch(DocumentPatient(name="Ada Lovelace", dob="1980-02-28"), "Grace Hopper", "1980-02-28")
    assert warning is not None
    assert translate_message(warning) == (
        "Revise el paciente: el documento trata de Ada Lovelace, pero la carátula dice Grace Hopper. "
        "Enviar los registros de un paciente con el nombre de otro es una violación de la privacidad.")
    # words the catalog does not have (a server's own message) are shown as they came
    assert translate_message("Line noise on carrier 7.") == "Line noise on carrier 7."


def test_english_is_back_after_switching(qapp: QApplication) -> None:
    apply_language(qapp, "es")
    assert translate_message(Unauthorized().message).startswith("Medsender no aceptó")
    assert apply_language(qapp, "en") == "en"
    assert translate_message(Unauthorized().message) == Unauthorized().message
    assert QCoreApplication.translate("messages", "The fax number") == "The fax number"


def test_the_language_setting_and_the_choices_offered(tmp_path: pytest.TempPathFactory) -> None:
    settings = SettingsStore(tmp_path)  # type: ignore[arg-type]
    assert language_setting(settings) == SYSTEM
    save_language_setting(settings, "es")
    assert language_setting(SettingsStore(tmp_path)) == "es"  # type: ignore[arg-type]
    settings.set("language", "klingon")  # a hand-edited file: the computer's language then
    assert language_setting(settings) == SYSTEM
    with pytest.raises(ValueError, match="unknown language"):
        save_language_setting(settings, "fr")
    codes = [code for code, _ in available_languages()]
    assert codes == [SYSTEM, *LANGUAGE_NAMES]


async def test_the_main_window_and_the_new_fax_dialog_speak_spanish(backend: Backend, tmp_path: Path,
                                                                      qapp: QApplication) -> None:
    """Language "es": the tabs, the toolbar, the table headers, the status bar, the New fax
    dialog and a refusal under a field read in Spanish (nothing else changed to get there)."""
    seen: dict[str, object] = {}
    try:
        async with open_desktop(backend, tmp_path, language="es") as desktop:
            window = desktop.window
            tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
            assert tabs[0] == "Enviados" and tabs[1].startswith("Recibidos"), tabs
            assert tabs[2:] == ["Números", "Clientes", "IA"], tabs
            toolbar = [a.text() for a in window.toolbar.actions() if a.text()]
            assert {"Nuevo fax", "Actualizar", "Buscar"} <= set(toolbar), toolbar
            header = window.received_tab.model.headerData(0, Qt.Orientation.Horizontal)
            assert header == "Estado"
            assert window.status.relay_label.text().startswith("Avisos en vivo")

            async def answer(dialog: NewFaxDialog) -> int:
                dialog.open()
                seen["title"] = dialog.windowTitle()
                seen["send"] = dialog.send_button.text()
                QTest.keyClicks(dialog.fields.to_edit, "(404) 555-01")
                await until(lambda: dialog.fields.errors["to_number"].isVisible(), "the refusal under To")
                seen["refusal"] = dialog.fields.errors["to_number"].text()
                dialog.reject()
                return int(dialog.result())

            desktop.dialogs.answers.append(answer)
            window.new_fax_action.trigger()
            await until(lambda: "refusal" in seen, "the New fax dialog")
    finally:
        apply_language(qapp, "en")
    assert seen["title"] == "Nuevo fax"
    assert seen["send"] == "Enviar fax"
    assert seen["refusal"] == ("El número de fax del destinatario no es un número válido. Revise el código "
                               "de área y la cantidad de dígitos."), seen["refusal"]
