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

# statusdesk_module_includes(<target> <folder>): the target's headers are included as "<name>/X.h",
# where <name> is the folder's last part, by the target itself and by whatever links it, and by
# nothing else. Each module gets an include root of its own that holds only a link to its folder, so
# a header of a module that a target does not link is not found: CMake enforces the layers.
function(statusdesk_module_includes target folder)
    get_filename_component(name ${folder} NAME)
    set(root ${PROJECT_BINARY_DIR}/include-roots/${name})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${folder} ${root}/${name} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()
if(STATUSDESK_SANITIZE)
    target_compile_options(statusdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(statusdesk_options INTERFACE -fsanitize=address,undefined)
endif()
