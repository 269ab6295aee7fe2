// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A valid scenario that uses every behaviour, every channel kind and every optional field,
// with awkward text (quotes, control characters, Hangul) for the writer to escape.

#include "core/scenario/scenario.h"

proclab::Scenario everythingScenario();
