# Test helpers. Every test runs with a fixed locale, the offscreen platform and an isolated HOME/XDG
# environment so it never touches the user's settings.
set(PRIVAUDIT_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "Folder with shared test datasets (tests that need it skip when it is absent)")

function(privaudit_add_test name)
  cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES} ${PROJECT_SOURCE_DIR}/tests/common/IsolatedHome.cpp)
  target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test privaudit_options)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  if(TARGET privaudit-model-host)
    add_dependencies(${name} privaudit-model-host) # external models run in it (found beside the test)
  endif()
  target_compile_definitions(${name} PRIVATE
    PRIVAUDIT_SHARED_DIR="${PRIVAUDIT_SHARED_DIR}"
    PRIVAUDIT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${T_LABEL}"
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=1200000;QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data")
endfunction()

