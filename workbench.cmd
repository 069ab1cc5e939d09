@echo off
rem Agent Workbench launcher for Windows: the twin of ./workbench.
rem No arguments (or only --workspace DIR): the desktop app; other arguments: the command line.
rem Builds the app first when target\agent-workbench.jar is missing.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\agent-workbench.jar"
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
:run
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" %WORKBENCH_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
