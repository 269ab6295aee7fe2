// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/command.h"

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
    if (verb == "go" || verb == "stop") {
        if (t.size() != 1)
            return invalid("takes no argument");
        c.kind = verb == "go" ? Command::Kind::Go : Command::Kind::Stop;
        return c;
    }
    if (verb == "kill") {
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
    if (verb == "pause" || verb == "resume") {
        if (t.size() != 2)
            return invalid("expected '" + verb + " <node>|*'");
        c.kind = verb == "pause" ? Command::Kind::Pause : Command::Kind::Resume;
        c.node = t[1];
        return c;
    }
    return invalid("unknown command");
}

} // namespace proclab::agent
