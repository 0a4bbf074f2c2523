# Compile policy shared by every PrivAudit target.
add_library(privaudit_options INTERFACE)
target_compile_features(privaudit_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(privaudit_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wno-unused-parameter)
target_compile_definitions(privaudit_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT # enforced from Qt 6.7; documents intent on 6.4
  QT_USE_QSTRINGBUILDER
  )
# Core additionally builds with QT_NO_KEYWORDS and QT_NO_FOREACH (torch headers use "slots" as an
# identifier); Debian's qcustomplot.h needs both in the UI, so project code writes Q_SLOTS, Q_SIGNALS and
# Q_EMIT everywhere and never foreach.
# Only the shared libraries a binary uses are recorded as needed: a test of the torch-free parts of core
# then does not load LibTorch, which (Debian) loads OpenCV's highgui and with it Qt 5 beside Qt 6.
target_link_options(privaudit_options INTERFACE -Wl,--as-needed)
if(PRIVAUDIT_SANITIZE)
  target_compile_options(privaudit_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(privaudit_options INTERFACE -fsanitize=address,undefined)
endif()
