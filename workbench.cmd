@echo off
rem Agent Workbench launcher for Windows: the twin of ./workbench.
rem No arguments (or only --workspace DIR): the desktop app; other arguments: the command line.
rem Builds the app first when target\agent-workbench.jar is missing (run "mvn package" after
rem changing the sources), then makes a class-data-sharing archive once per build.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\agent-workbench.jar"
set "ARCHIVE=%HERE%target\agent-workbench.jsa"
if not exist "%JAR%" goto build
if not exist "%HERE%target\lib" goto build
goto run
:build
where mvn >nul 2>nul || (echo workbench: Maven ^(mvn^) is needed to build the app; install Maven 3.8+ and JDK 17+. 1>&2 & exit /b 2)
echo workbench: building the app (first run)... 1>&2
pushd "%HERE%"
call mvn -B -q -Dstyle.color=never -Dmaven.test.skip=true package 1>&2
set "BUILD=%ERRORLEVEL%"
popd
if not "%BUILD%"=="0" (echo workbench: the build failed; run "mvn package" in %HERE% to see why. 1>&2 & exit /b 2)
if exist "%ARCHIVE%" del /q "%ARCHIVE%"
:run
rem Hooks that "workbench hooks install" writes call back through this script.
set "WORKBENCH_LAUNCHER=%HERE%workbench.cmd"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
rem The archive of the app's classes starts the app faster; it belongs to this jar (JDK 17).
if not exist "%ARCHIVE%" (
  echo workbench: preparing a faster start ^(once per build^)... 1>&2
  "%JAVA%" -XX:ArchiveClassesAtExit="%ARCHIVE%" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" --cds-training >nul 2>nul
  if errorlevel 1 if exist "%ARCHIVE%" del /q "%ARCHIVE%"
)
set CDS=
if exist "%ARCHIVE%" set CDS=-XX:SharedArchiveFile="%ARCHIVE%" -Xshare:auto -Xlog:cds=off
"%JAVA%" %CDS% -XX:TieredStopAtLevel=1 -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:G1PeriodicGCInterval=5000 -Xms32m -Xmx1g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 %WORKBENCH_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
