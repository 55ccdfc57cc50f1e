"""`text.fold` (lower case first, then a few replacements) is the per-character fold."""

from __future__ import annotations

from newsroom.extraction.text import _FOLDER, fold


def test_fold_matches_translate_for_every_character() -> None:
    # each character alone, beside its upper case, and amid Cyrillic and English text
    for code in range(0x30000):
        char = chr(code)
        for text in (f"Ab{char}{char.upper()}z", f"Київ — «{char}» ЙЁЇ’ café"):
            assert fold(text) == text.translate(_FOLDER), hex(code)


def test_fold_keeps_length() -> None:
    text = "Зеленський і Путін — «перемир’я» ЁЖ İstanbul Straße ΣΑΣ"
    assert len(fold(text)) == len(text)
    assert fold(text) == text.translate(_FOLDER)
