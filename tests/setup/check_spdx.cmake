# SPDX-License-Identifier: GPL-3.0-or-later
# Every C++ source and header must start with the SPDX line, so the licence of each file is
# clear when it is copied out of the tree. Run as: cmake -DSOURCE_DIR=<repo> -P check_spdx.cmake
set(expected "// SPDX-License-Identifier: GPL-3.0-or-later")
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
     ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
     ${SOURCE_DIR}/widgets/*.cpp ${SOURCE_DIR}/widgets/*.h
     ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(missing "")
foreach(f ${sources})
    file(STRINGS ${f} first LIMIT_COUNT 1)
    if(NOT first STREQUAL expected)
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
        string(APPEND missing "\n  ${rel}")
    endif()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ sources found under ${SOURCE_DIR}")
endif()
if(missing)
    message(FATAL_ERROR "these files do not start with '${expected}':${missing}")
endif()
message(STATUS "${count} C++ files carry the SPDX line")
