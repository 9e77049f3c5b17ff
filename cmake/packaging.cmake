# Installation and the Debian package.
#
#   cmake --install build [--prefix /usr/local] [--strip]      the binary, its docs and the bundled example
#   cpack --config build/CPackConfig.cmake -B out/              schemaplan_<version>_<arch>.deb
#
# The package is made from the build tree as it is (no second build): CPack runs the install rules below into a
# staging folder and strips the binary there (the tree's RelWithDebInfo binary carries ~180 MB of debug info).
# Its Depends line is not written by hand: dpkg-shlibdeps reads the libraries the binary links (libpqxx, libpq,
# libpg_query, yaml-cpp, OpenSSL, libstdc++) and names the Debian packages that provide them, at the versions
# this machine built against, so `apt-get install ./schemaplan_*.deb` pulls exactly what the binary needs.
include(GNUInstallDirs)

install(TARGETS schemaplan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")
# The payments example the README's first commands plan (v1 -> v2), so an installed schemaplan can be tried at once.
install(DIRECTORY schemas/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME schemaplan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "safe migration plans from a declarative PostgreSQL schema")
set(CPACK_PACKAGE_DESCRIPTION
  "schemaplan compares a PostgreSQL database, or plain SQL DDL files, with the schema a team keeps in SQL files \
and writes the migration between them: forward and rollback SQL ordered by dependencies, online forms that keep \
locks short (concurrent index builds, NOT VALID then VALIDATE, expand/contract column changes), a Markdown plan \
for reviewers and a JSON plan for tools. It also checks drift, lints hand-written migrations and applies plans \
with a journal that resumes after a crash.")
set(CPACK_PACKAGE_CONTACT "schemaplan developers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# schemaplan_0.1.0_amd64.deb, Debian's own naming.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Planning from SQL files loads them into a scratch database (--dev-db): any PostgreSQL server reachable will do,
# so the server is a suggestion, not a dependency.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
include(CPack)
