// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// proclab-cli speaks the user's language, as command-line programs do: the locale's
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), Korean or English.

namespace proclab::cli {
// Installs ProcLab's and Qt's translators for the system locale; call once after the
// application object exists.
void installTranslators();
} // namespace proclab::cli
