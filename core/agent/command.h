// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A command line from the controller (see wire/proclab_wire.h), checked before it is acted on.

#include <string>

namespace proclab::agent {

struct Command
{
    enum class Kind
    {
        Go,
        Stop,
        Kill,
        Pause,
        Resume,
        Invalid
    };
    Kind kind = Kind::Invalid;
    std::string node;  // Kill, Pause, Resume ("*" = every process for Pause/Resume)
    int signal = 0;    // Kill
    std::string error; // Invalid: why
};

Command parseCommand(const std::string &line);

} // namespace proclab::agent
