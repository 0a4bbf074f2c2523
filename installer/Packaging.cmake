# CPack: a Debian package with both executables, the desktop entry, the icon and AppStream metainfo.
# Included after the install() rules in the top-level CMakeLists.txt.
set(CPACK_PACKAGE_NAME "privaudit")
set(CPACK_PACKAGE_VENDOR "The PrivAudit developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "PrivAudit developers <privaudit@example.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PrivAudit")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6widgets6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqcustomplot2.1-qt6, libtorch1.13, libopenblas0-pthread, libfftw3-double3, libsqlite3-0, libcsv3, libpodofo0.9.8, libssl3, libseccomp2")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, poppler-utils")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "Privacy risk assessment for machine-learning models\n PrivAudit measures membership-inference and other privacy risks of models,\n accounts for differential privacy and produces audit evidence.")
set(CPACK_STRIP_FILES ON)
include(CPack)
