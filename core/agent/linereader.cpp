// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/linereader.h"

#include <cerrno>
#include <unistd.h>

namespace proclab::agent {

LineReader::Status LineReader::readSome()
{
    char buf[8192];
    for (;;) {
        const ssize_t n = read(m_fd, buf, sizeof buf);
        if (n > 0) {
            m_buffer.append(buf, static_cast<size_t>(n));
            return Status::Data;
        }
        if (n == 0)
            return Status::Eof;
        if (errno == EINTR)
            continue;
        return errno == EAGAIN ? Status::Again : Status::Error;
    }
}

bool LineReader::takeLine(std::string *line)
{
    const auto nl = m_buffer.find('\n');
    if (nl == std::string::npos)
        return false;
    line->assign(m_buffer, 0, nl);
    if (!line->empty() && line->back() == '\r')
        line->pop_back();
    m_buffer.erase(0, nl + 1);
    return true;
}

} // namespace proclab::agent
