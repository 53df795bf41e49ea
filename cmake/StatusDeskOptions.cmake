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
    statusdesk_precompile_qt(${target})
endfunction()

# statusdesk_precompile_qt(<target>): parsing Qt's headers is most of the time a file takes to
# compile, so each module precompiles the ones its sources use most (those of the Qt modules it links
# directly). Sources must still include what they use: a build without it (-DSTATUSDESK_PCH=OFF, the
# right one for ccache) proves that.
function(statusdesk_precompile_qt target)
    if(NOT STATUSDESK_PCH)
        return()
    endif()
    set(headers <QObject> <QString> <QStringList> <QByteArray> <QHash> <QList> <QVector> <QSet>
        <QMap> <QDateTime> <QTimer> <QPointer> <QUrl> <QVariant> <QMetaType> <QJsonObject> <QJsonArray>
        <QJsonDocument> <QLoggingCategory> <QCoreApplication> <functional> <memory>)
    get_target_property(links ${target} LINK_LIBRARIES)
    if("Qt6::Network" IN_LIST links)
        list(APPEND headers <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>)
    endif()
    if("Qt6::Sql" IN_LIST links)
        list(APPEND headers <QSqlDatabase> <QSqlQuery> <QSqlError>)
    endif()
    if("Qt6::Widgets" IN_LIST links)
        list(APPEND headers <QWidget> <QDialog> <QLabel> <QPushButton> <QVBoxLayout> <QHBoxLayout>
            <QComboBox> <QLineEdit> <QHeaderView> <QTableView> <QApplication>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
# lld links the tests' executables several times faster than ld.bfd.
find_program(STATUSDESK_LLD ld.lld)
if(STATUSDESK_LLD)
    target_link_options(statusdesk_options INTERFACE -fuse-ld=lld)
endif()
if(STATUSDESK_SANITIZE)
    target_compile_options(statusdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(statusdesk_options INTERFACE -fsanitize=address,undefined)
endif()
