// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/statspage.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace proclab::agent {

StatsPage::~StatsPage()
{
    unlink();
    unmap();
}

bool StatsPage::create(const Plan &plan, std::string *error)
{
    m_name = ipcNamePrefix() + "-stats";
    const int fd = shm_open(m_name.c_str(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = "shm_open " + m_name + ": " + std::strerror(errno);
        return false;
    }
    m_linked = true;
    void *mem = MAP_FAILED;
    if (ftruncate(fd, sizeof(wire::StatsPage)) == 0)
        mem = mmap(nullptr, sizeof(wire::StatsPage), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    const int err = errno;
    close(fd);
    if (mem == MAP_FAILED) {
        *error = "stats page " + m_name + ": " + std::strerror(err);
        unlink();
        return false;
    }
    // ftruncate zero-fills: every counter starts at 0, every pid at 0 ("not spawned yet").
    m_page = static_cast<wire::StatsPage *>(mem);
    m_page->magic = wire::StatsPage::kMagic;
    m_page->version = wire::StatsPage::kVersion;
    m_page->channel_count = static_cast<uint32_t>(plan.channels.size());
    m_page->process_count = static_cast<uint32_t>(plan.processes.size());
    return true;
}

void StatsPage::unlink()
{
    if (m_linked)
        shm_unlink(m_name.c_str());
    m_linked = false;
}

void StatsPage::unmap()
{
    if (m_page)
        munmap(m_page, sizeof(wire::StatsPage));
    m_page = nullptr;
}

} // namespace proclab::agent
