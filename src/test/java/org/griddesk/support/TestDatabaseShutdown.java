package org.griddesk.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the test run's embedded PostgreSQL when the JUnit launcher session ends. */
public class TestDatabaseShutdown implements LauncherSessionListener {

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		TestDatabase.stop();
	}

}
