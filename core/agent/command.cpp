// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/command.h"

#include "core/agent/wire/proclab_wire.h"

#include <cerrno>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace proclab::agent {

Command parseCommand(const std::string &line)
{
    std::istringstream in(line);
    std::vector<std::string> t;
    for (std::string s; in >> s;)
        t.push_back(s);
    Command c;
    auto invalid = [&](const std::string &why) {
        c.kind = Command::Kind::Invalid;
        c.error = "command '" + line + "': " + why;
        return c;
    };
    if (t.empty())
        return invalid("empty");
    const std::string &verb = t[0];
    const auto word = wire::fromName<wire::Command>(verb);
    if (!word)
        return invalid("unknown command");
    switch (*word) {
    case wire::Command::Go:
    case wire::Command::Stop:
        if (t.size() != 1)
            return invalid("takes no argument");
        c.kind = *word == wire::Command::Go ? Command::Kind::Go : Command::Kind::Stop;
        return c;
    case wire::Command::Kill: {
        if (t.size() != 3)
            return invalid("expected 'kill <node> <signal>'");
        errno = 0;
        char *end = nullptr;
        const long s = std::strtol(t[2].c_str(), &end, 10);
        if (errno != 0 || *end != '\0' || s < 1 || s > 64)
            return invalid("signal must be 1..64");
        c.kind = Command::Kind::Kill;
        c.node = t[1];
        c.signal = static_cast<int>(s);
        return c;
    }
    case wire::Command::Pause:
    case wire::Command::Resume:
        if (t.size() != 2)
            return invalid("expected '" + verb + " <node>|*'");
        c.kind = *word == wire::Command::Pause ? Command::Kind::Pause : Command::Kind::Resume;
        c.node = t[1];
        return c;
    }
    return invalid("unknown command");
}

} // namespace proclab::agent
