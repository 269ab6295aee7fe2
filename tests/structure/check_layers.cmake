# SPDX-License-Identifier: GPL-3.0-or-later
# The dependency direction, checked on every include so it cannot rot:
#   app -> widgets -> core (document) -> core -> core/agent/wire;  agent -> wire.
# No core file includes widgets/ or app/; no widgets file includes app/; the agent
# (core/agent) includes no Qt and nothing of core outside core/agent; core outside
# core/document uses no QtGui or QtWidgets header.
# Run as: cmake -DSOURCE_DIR=<repo> -P check_layers.cmake
function(sources out)
    set(globs "")
    foreach(dir ${ARGN})
        list(APPEND globs ${SOURCE_DIR}/${dir}/*.cpp ${SOURCE_DIR}/${dir}/*.h)
    endforeach()
    file(GLOB_RECURSE found LIST_DIRECTORIES false ${globs})
    set(${out} ${found} PARENT_SCOPE)
endfunction()

set(problems "")
# check(<files> <regex> <why>): every #include line matching regex is a problem.
function(check files regex why)
    foreach(f ${files})
        file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line ${lines})
            if(line MATCHES "${regex}")
                file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
                string(APPEND problems "\n  ${rel}: ${line}  (${why})")
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

sources(core_all core)
set(core_files "")
set(agent_files "")
set(plain_core "")
foreach(f ${core_all})
    if(f MATCHES "/core/agent/")
        list(APPEND agent_files ${f})
    else()
        list(APPEND core_files ${f})
        if(NOT f MATCHES "/core/document/")
            list(APPEND plain_core ${f})
        endif()
    endif()
endforeach()
sources(widget_files widgets)

check("${core_files}" "[\"<](widgets|app)/" "core must not depend on widgets or app")
check("${widget_files}" "[\"<]app/" "widgets must not depend on app")
check("${agent_files}" "[\"<]Q[A-Za-z]*[\">/]" "the agent uses no Qt")
check("${agent_files}" "[\"<]core/(\\.\\./)*[^a/]" "the agent includes only core/agent")
check("${agent_files}" "[\"<]core/a[^g]" "the agent includes only core/agent")
check("${plain_core}"
      "<(QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QColor|QIcon|QPixmap|QImage|QPainter|QFont|QUndo[A-Za-z]*)[>/]"
      "core is QtCore only (QtGui lives in core/document)")

list(LENGTH core_all ncore)
list(LENGTH widget_files nwidgets)
if(ncore EQUAL 0 OR nwidgets EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
if(problems)
    message(FATAL_ERROR "includes against the dependency direction:${problems}")
endif()
message(STATUS "${ncore} core and ${nwidgets} widgets files include in one direction")
