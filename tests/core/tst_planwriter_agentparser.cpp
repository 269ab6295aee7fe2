// The agent's own plan parser, compiled into the plan writer's test: what core writes is
// checked by exactly the code that will read it, not by a second opinion of the format.
// plan.cpp is plain C++ and POSIX with no other agent dependency.
#include "../../core/agent/plan.cpp"
