# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, the warnings and the strict Qt defines.
# Every library, executable, test and benchmark links it.
add_library(statusdesk_options INTERFACE)
target_compile_features(statusdesk_options INTERFACE cxx_std_17)
target_compile_options(statusdesk_options INTERFACE -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual)
if(STATUSDESK_WERROR)
    target_compile_options(statusdesk_options INTERFACE -Werror)
endif()
target_compile_definitions(statusdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING)
target_include_directories(statusdesk_options INTERFACE
    ${PROJECT_SOURCE_DIR}/lib
    ${PROJECT_BINARY_DIR}/generated)
if(STATUSDESK_SANITIZE)
    target_compile_options(statusdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(statusdesk_options INTERFACE -fsanitize=address,undefined)
endif()
