// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The invalid files of tests/data/invalid/ and what the loader must say about each.

#include <QList>
#include <QString>

struct InvalidCase
{
    const char *file;     // in tests/data/invalid/
    const char *path;     // the JSON path one of the errors must carry ("" = file level)
    const char *fragment; // a distinctive part of that error's message
};

const QList<InvalidCase> &invalidCases();
