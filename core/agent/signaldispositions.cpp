// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agent/signaldispositions.h"

namespace proclab::agent {

namespace {

sigset_t g_changed; // zero-initialised: nothing noted

bool resettable(int signal)
{
    return signal != SIGKILL && signal != SIGSTOP;
}

} // namespace

void noteInheritedDispositions()
{
    for (int s = 1; s < NSIG; ++s) {
        struct sigaction now
        {};
        if (resettable(s) && sigaction(s, nullptr, &now) == 0 && now.sa_handler != SIG_DFL)
            sigaddset(&g_changed, s);
    }
}

void setDisposition(int signal, const struct sigaction &action)
{
    sigaddset(&g_changed, signal);
    sigaction(signal, &action, nullptr);
}

void setDisposition(int signal, void (*handler)(int))
{
    struct sigaction action
    {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    setDisposition(signal, action);
}

void restoreDefaultDispositions()
{
    struct sigaction dfl
    {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (int s = 1; s < NSIG; ++s)
        if (resettable(s) && sigismember(&g_changed, s) == 1)
            sigaction(s, &dfl, nullptr);
    sigemptyset(&g_changed);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
}

} // namespace proclab::agent
