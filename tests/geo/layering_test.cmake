cmake_minimum_required(VERSION 3.25)
# The check that makes geo/'s layering hold (cmake/check_geo_includes.cmake,
# run before each geo/ folder compiles) refuses a back-include, naming the
# file and the include, and passes the folders as they are.
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -P layering_test.cmake
set(script ${SOURCE_DIR}/cmake/check_geo_includes.cmake)
set(failures 0)

# expect(PASS|FAIL NAME ROOT FOLDER USES [TEXT...]): runs the check; a
# failure's message must hold every TEXT.
function(expect outcome name root folder uses)
  execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DFOLDER=${folder} -DUSES=${uses} -P ${script}
                  RESULT_VARIABLE status ERROR_VARIABLE message OUTPUT_QUIET)
  set(ok TRUE)
  if(outcome STREQUAL "PASS" AND NOT status EQUAL 0)
    set(ok FALSE)
  elseif(outcome STREQUAL "FAIL")
    if(status EQUAL 0)
      set(ok FALSE)
    endif()
    foreach(text IN LISTS ARGN)
      string(FIND "${message}" "${text}" at)
      if(at EQUAL -1)
        set(ok FALSE)
      endif()
    endforeach()
  endif()
  if(ok)
    message(STATUS "ok: ${name}")
  else()
    message(STATUS "FAILED: ${name} (expected ${outcome}, exit ${status}):\n${message}")
    math(EXPR n "${failures} + 1")
    set(failures ${n} PARENT_SCOPE)
  endif()
endfunction()

# A made-up tree: geo/text including the export, which sits above it.
set(fake ${WORK_DIR}/layering_fixture)
file(REMOVE_RECURSE ${fake})
file(WRITE ${fake}/geo/text/tokens.hpp "#pragma once\n#include <string>\n")
file(WRITE ${fake}/geo/text/sentences.cpp "#include \"geo/text/tokens.hpp\"\n  #  include \"geo/export/incident_writer.hpp\"\n")
file(WRITE ${fake}/geo/export/incident_writer.hpp "#pragma once\n#include \"geo/text/tokens.hpp\"\n")
file(WRITE ${fake}/geo/incidents/panel.cpp "#include <imgui.h>\n")
expect(FAIL "a back-include is refused, naming the file and the include" ${fake} text ""
       "geo/text/sentences.cpp" "geo/export/incident_writer.hpp")
expect(PASS "the include down the flow passes" ${fake} export "text")
expect(FAIL "geo/ includes no UI header" ${fake} incidents "text" "geo/incidents/panel.cpp" "imgui.h")

# The real tree: the gazetteer uses base, io and text and nothing more.
expect(PASS "geo/gazetteer as it is" ${SOURCE_DIR} gazetteer "base,io,text")
expect(FAIL "geo/gazetteer may not use geo/base if the rules say so" ${SOURCE_DIR} gazetteer "io,text"
       "geo/base/input_error.hpp")
file(REMOVE_RECURSE ${fake})

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} layering check(s) failed")
endif()
