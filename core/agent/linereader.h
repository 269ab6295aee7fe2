// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits what arrives on a file descriptor into lines: the plan and commands on stdin, the
// event lines of the run's processes on the event pipe.

#include <string>

namespace proclab::agent {

class LineReader
{
public:
    explicit LineReader(int fd) : m_fd(fd) {}

    enum class Status
    {
        Data,
        Again,
        Eof,
        Error
    };
    // One read(): blocks only if the descriptor is blocking and empty.
    Status readSome();
    // Takes the next complete line (without '\n') out of the buffer.
    bool takeLine(std::string *line);
    int fd() const { return m_fd; }

private:
    int m_fd;
    std::string m_buffer;
};

} // namespace proclab::agent
